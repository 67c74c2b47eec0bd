import type { StillImproving } from '../core/train/still-improving';
import type { TrainStop } from '../core/train/train-events';
import type { Lang } from '../i18n/lang';
import { countEn } from '../i18n/count';

function epochs(n: number): string {
  return countEn(n, 'epoch');
}

function stopEn(s: TrainStop): string {
  const held = s.restoredBest ? `Using the best weights (epoch ${s.heldEpoch}).` : "Keeping the last epoch's weights, as Keras does.";
  switch (s.reason) {
    case 'early-stopped':
      return `Stopped early after ${epochs(s.epochsRun)}: the validation loss did not improve for ${epochs(s.patience)}. ${held}`;
    case 'aborted':
      if (s.epochsRun === 0) return 'Stopped by you before the first epoch ended: nothing was trained, so the results below (if any) are still those of the previous run.';
      return `Stopped by you after ${epochs(s.epochsRun)} complete. ${s.restoredBest ? `Using the best weights so far (epoch ${s.heldEpoch}).` : 'Scoring with the weights as they are now.'}`;
    case 'diverged':
      return `The loss became NaN or infinite, so training stopped. Try a lower learning rate. Kept the last good weights (epoch ${s.heldEpoch}).`;
    default:
      return `Trained ${epochs(s.epochsRun)}. ${held}`;
  }
}

function stopJa(s: TrainStop): string {
  const held = s.restoredBest ? `最良の重み（エポック ${s.heldEpoch}）を使います。` : 'Keras と同じく、最後のエポックの重みをそのまま使います。';
  switch (s.reason) {
    case 'early-stopped':
      return `検証損失が ${s.patience} エポック改善しなかったため、${s.epochsRun} エポックで早期終了しました。${held}`;
    case 'aborted':
      if (s.epochsRun === 0) return '最初のエポックが終わる前に停止したため、何も学習していません。下の結果（あれば）は前回の実行のままです。';
      return `${s.epochsRun} エポックを終えたところで停止しました。${s.restoredBest ? `それまでで最良の重み（エポック ${s.heldEpoch}）を使います。` : '今の重みのままで採点します。'}`;
    case 'diverged':
      return `損失が NaN または無限大になったため、学習を止めました。学習率を下げてみてください。最後の正常な重み（エポック ${s.heldEpoch}）を残しています。`;
    default:
      return `${s.epochsRun} エポック学習しました。${held}`;
  }
}

/** How a training run ended (`TrainStop` from the core), as one or two sentences in `lang`. */
export function stopText(stop: TrainStop, lang: Lang): string {
  return lang === 'ja' ? stopJa(stop) : stopEn(stop);
}

/**
 * A run that ended while its loss was still falling (`stillImproving`): more epochs would lower the
 * loss, and the Runs cell shows whether that also helps the detector.
 */
export function stillImprovingText(s: StillImproving, lang: Lang): string {
  const percent = Math.round(s.drop * 100);
  if (lang === 'ja') {
    const span = s.over === 1 ? '最後のエポック' : `最後の ${s.over} エポック`;
    return `学習が終わった時点でも損失は下がり続けていました（${span}で ${percent} % 低下）。モデルはまだ学び終えていません。エポックを増やせば損失はさらに下がります。それで異常の見分けもよくなるかは、2 つの実行を「実行の記録」で比べると分かります。`;
  }
  const span = s.over === 1 ? 'the last epoch' : `the last ${s.over} epochs`;
  return `The loss was still falling when training ended (${percent} % lower over ${span}): the model had not finished learning. More epochs would lower the loss further; whether they also make a better detector, compare two runs in Runs.`;
}
