import type { PatchVaeConfig } from './patch-vae';

/**
 * One row of the layer table the Model cell shows: the `part` it belongs to and its `kind` (codes
 * the UI words: encoder, decoder, the μ or σ² head, or the one shared σ²; a convolution, a transposed
 * one, a dense layer, or a learned value), then the rest of the operation in notation (`detail`, e.g.
 * "2×2/2 + BN + ReLU").
 */
export interface PatchVaeLayerRow {
  part: 'encoder' | 'decoder' | 'head-mu' | 'head-sigma2' | 'shared-sigma2';
  kind: 'conv' | 'conv-transpose' | 'dense' | 'value';
  detail: string;
  /** Output shape of one patch, e.g. "4×4×16". */
  output: string;
  /** Trainable parameters (weights, and γ, β of its batch norm). */
  params: number;
  /** Multiply–adds of one patch's forward pass through the layer's weights (norms and activations not counted). */
  macs: number;
}

/**
 * The patch VAE's layers as the learner sees them. Convolutions feeding a
 * batch norm carry no bias (the norm's β replaces it), so the counts are a few
 * dozen lower than Keras' summary of the seed's model. Sums to the size of the
 * model's packed trainable parameters.
 */
export function patchVaeLayers(c: PatchVaeConfig): PatchVaeLayerRow[] {
  const p = c.patchSize;
  const h = p / 2;
  const q = p / 4;
  const nc = c.channels;
  const bn = (ch: number) => 2 * ch;
  const rows: PatchVaeLayerRow[] = [
    { part: 'encoder', kind: 'conv', detail: '2×2/2 + BN + ReLU', output: `${h}×${h}×${nc}`, params: 4 * nc + bn(nc), macs: h * h * 4 * nc },
    { part: 'encoder', kind: 'conv', detail: '2×2/2 + BN + ReLU', output: `${q}×${q}×${2 * nc}`, params: 4 * nc * 2 * nc + bn(2 * nc), macs: q * q * 4 * nc * 2 * nc },
    { part: 'encoder', kind: 'dense', detail: '→ z_mean, z_log_var', output: `2 × ${c.latent}`, params: q * q * 2 * nc * 2 * c.latent + 2 * c.latent, macs: q * q * 2 * nc * 2 * c.latent },
    { part: 'decoder', kind: 'dense', detail: '+ BN + ReLU → reshape', output: `${q}×${q}×1`, params: c.latent * q * q + bn(q * q), macs: c.latent * q * q },
    { part: 'decoder', kind: 'conv-transpose', detail: '2×2/2 + BN + ReLU', output: `${h}×${h}×${2 * nc}`, params: 4 * 2 * nc + bn(2 * nc), macs: q * q * 4 * 2 * nc },
    { part: 'decoder', kind: 'conv-transpose', detail: '2×2/2 + BN + ReLU', output: `${p}×${p}×${nc}`, params: 4 * nc * 2 * nc + bn(nc), macs: h * h * 2 * nc * 4 * nc },
    { part: 'head-mu', kind: 'conv', detail: '4×4 + BN + sigmoid', output: `${p}×${p}×1`, params: 16 * nc + bn(1), macs: p * p * 16 * nc },
  ];
  if (c.variance === 'shared') rows.push({ part: 'shared-sigma2', kind: 'value', detail: 'exp(s)', output: '1', params: 1, macs: 0 });
  else {
    const act = c.variance === 'floor' ? `f + (1 − f)·sigmoid, f = ${c.varianceFloor}` : 'sigmoid';
    rows.push({ part: 'head-sigma2', kind: 'conv', detail: `4×4 + BN + ${act}`, output: `${p}×${p}×1`, params: 16 * nc + bn(1), macs: p * p * 16 * nc });
  }
  return rows;
}

/**
 * FLOPs of one patch's forward pass (2 × multiply–adds of every layer). A
 * training step costs about three times this per patch (forward, and the two
 * gradient products of each layer).
 */
export function patchVaeForwardFlops(c: PatchVaeConfig): number {
  return 2 * patchVaeLayers(c).reduce((s, r) => s + r.macs, 0);
}
