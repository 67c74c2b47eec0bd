import { FieldGrid } from '../../../notebook/lesson-cells';
import { EpochEstimate } from '../../../notebook/epoch-estimate';
import { FilePicker } from '../../../notebook/file-picker';
import { ErrorNotice } from '../../../notebook/error-notice';
import { PresetRow } from '../../../notebook/preset-row';
import { problemText } from '../../../notebook/settings/problem-text';
import type { EpochEstimate as Estimate } from '../../../notebook/speed-memory';
import { useBatchEstimate, useSpeedEstimate } from '../../../notebook/use-estimate';
import { actions, useFields, useLesson } from '../instance';
import { datasetSpec } from '../data';
import { PRESETS } from '../params';
import { aroundSpeed, batchSpeed, embeddedImages, runImages } from '../speed';
import { referenceTextures } from '../texture-data';
import { useText } from '../text';
import { BackboneTable } from './backbone-table';

/**
 * Estimated seconds per epoch of the whole ensemble (every model trains on the same images), and as
 * `extraSeconds` the run's time around the epochs (embedding and scoring), on the current backend.
 */
export function useEstimate(): Estimate {
  const p = useLesson((s) => s.params);
  const images = runImages(p, useLesson((s) => s.data.data));
  const one = useBatchEstimate(batchSpeed, images.train, p.batch);
  const around = useSpeedEstimate(aroundSpeed, embeddedImages(p.models, images));
  return { ...one, seconds: one.seconds * p.models, extraSeconds: around.seconds };
}

/** Cell 3: the MobileNetV2-style backbone with an L2-softmax head; settings, presets, and a pretrained backbone to open (which hides what describes the built-in one: its width, layer table and time estimate). */
export function ModelCell() {
  const t = useText();
  const { field, lang } = useFields();
  const p = useLesson((s) => s.params);
  const backbone = useLesson((s) => s.backbone);
  const est = useEstimate();
  return (
    <div className="nb-cell-body">
      <PresetRow label={t.presets} presets={PRESETS} onPick={actions.setParams} />
      <FieldGrid names={[...(backbone.name ? [] : (['width'] as const)), 'embedding', 'alphaMode', 'alpha', 'optimizer', 'lr', 'epochs', 'batch', 'models', 'neighbors']} field={field} />
      {backbone.name ? null : <BackboneTable classes={1 + (p.source === 'texture' ? referenceTextures(p).length : datasetSpec(p).reference.length)} />}
      {backbone.name ? null : <EpochEstimate secondsPerEpoch={est.seconds} epochs={p.epochs} basis={est.basis} note={t.estimateNote} epochWord={t.epoch} extraSeconds={est.extraSeconds} />}
      {backbone.name ? null : <p className="nb-notice nb-small">{t.scratch}</p>}
      <div className="nb-cell-actions ml-wrap" data-testid="backbone">
        <FilePicker label={t.backbone.pick} testId="backbone-files" multiple small accept=".json,.bin" onFiles={(files) => void actions.openBackbone(files)} />
        <span className="nb-muted nb-small" data-testid="backbone-status" data-state={backbone.status}>
          {backbone.status === 'reading' ? t.backbone.reading : backbone.name ? t.backbone.ready(backbone.name, backbone.tensors, backbone.params, backbone.inputShape.map((d) => (d > 0 ? String(d) : t.backbone.free)).join(' × ')) : t.backbone.none}
        </span>
        {backbone.name ? (
          <button type="button" className="btn btn--small" data-testid="backbone-drop" onClick={actions.dropBackbone}>
            {t.backbone.drop}
          </button>
        ) : null}
      </div>
      {backbone.error ? <ErrorNotice testId="backbone-error">{problemText(backbone.error, lang)}</ErrorNotice> : null}
      {backbone.name ? (
        <>
          <FieldGrid names={['backboneMode']} field={field} />
          <p className="nb-muted nb-small" data-testid="backbone-used">
            {t.backbone.used}
          </p>
        </>
      ) : null}
    </div>
  );
}
