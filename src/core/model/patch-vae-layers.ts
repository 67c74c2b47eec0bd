import type { PatchVaeConfig } from './patch-vae';

/** One row of the layer table the Model cell shows. */
export interface PatchVaeLayerRow {
  name: string;
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
    { name: 'encoder · conv 2×2 stride 2 + BN + ReLU', output: `${h}×${h}×${nc}`, params: 4 * nc + bn(nc), macs: h * h * 4 * nc },
    { name: 'encoder · conv 2×2 stride 2 + BN + ReLU', output: `${q}×${q}×${2 * nc}`, params: 4 * nc * 2 * nc + bn(2 * nc), macs: q * q * 4 * nc * 2 * nc },
    { name: 'encoder · dense → z_mean, z_log_var', output: `2 × ${c.latent}`, params: q * q * 2 * nc * 2 * c.latent + 2 * c.latent, macs: q * q * 2 * nc * 2 * c.latent },
    { name: 'decoder · dense + BN + ReLU → reshape', output: `${q}×${q}×1`, params: c.latent * q * q + bn(q * q), macs: c.latent * q * q },
    { name: 'decoder · conv-transpose 2×2 stride 2 + BN + ReLU', output: `${h}×${h}×${2 * nc}`, params: 4 * 2 * nc + bn(2 * nc), macs: q * q * 4 * 2 * nc },
    { name: 'decoder · conv-transpose 2×2 stride 2 + BN + ReLU', output: `${p}×${p}×${nc}`, params: 4 * nc * 2 * nc + bn(nc), macs: h * h * 2 * nc * 4 * nc },
    { name: 'head μ · conv 4×4 + BN + sigmoid', output: `${p}×${p}×1`, params: 16 * nc + bn(1), macs: p * p * 16 * nc },
  ];
  if (c.variance === 'shared') rows.push({ name: 'σ² · one learned value exp(s)', output: '1', params: 1, macs: 0 });
  else {
    const act = c.variance === 'floor' ? `floor + (1 − floor)·sigmoid, floor ${c.varianceFloor}` : 'sigmoid';
    rows.push({ name: `head σ² · conv 4×4 + BN + ${act}`, output: `${p}×${p}×1`, params: 16 * nc + bn(1), macs: p * p * 16 * nc });
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
