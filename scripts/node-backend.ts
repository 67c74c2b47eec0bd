import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

/** Node command lines run on 'wasm' (default, fastest here) or 'cpu'. */
export async function useNodeBackend(name: string): Promise<string> {
  if (name !== 'wasm' && name !== 'cpu') throw new Error(`--backend must be wasm or cpu in Node (got ${name}).`);
  const ok = await tf.setBackend(name);
  await tf.ready();
  if (!ok || tf.getBackend() !== name) throw new Error(`The ${name} backend failed to initialise.`);
  return name;
}
