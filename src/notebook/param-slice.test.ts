import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { storeAccess } from './lesson-store';
import { createParamSlice, type Drafts } from './param-slice';

interface Params {
  latent: number;
  lr: number;
  spec: { length: number };
  loss: 'mse' | 'bce';
}
type Control = 'latent' | 'lr' | 'length';

function makeSlice() {
  const store = createStore<{ params: Params; drafts: Drafts<Control> }>(() => ({ params: { latent: 64, lr: 0.001, spec: { length: 50 }, loss: 'mse' }, drafts: {} }));
  const slice = createParamSlice(storeAccess(store), { latent: { kind: 'int', min: 1, max: 784 }, lr: { kind: 'float', min: 1e-5, max: 1 } });
  return { store, slice };
}

describe('param slice', () => {
  it('keeps invalid text as a draft with its problem and the last valid value in params', () => {
    const { store, slice } = makeSlice();
    slice.actions.setNumber('latent', '0');
    slice.actions.setNumber('lr', 'abc');
    expect(store.getState().params.latent).toBe(64);
    expect(store.getState().drafts).toEqual({
      latent: { raw: '0', problem: { code: 'range', values: { min: 1, max: 784 } } },
      lr: { raw: 'abc', problem: { code: 'not-number', values: { min: 1e-5, max: 1, text: 'abc' } } },
    });
    expect(Object.keys(slice.draftProblems())).toEqual(['latent', 'lr']);
    slice.actions.setNumber('latent', '32');
    expect(store.getState().params.latent).toBe(32);
    expect(Object.keys(store.getState().drafts)).toEqual(['lr']);
  });

  it('typing 99999 key by key applies 9 and 99 on the way, then goes back to the value before the edit', () => {
    const { store, slice } = makeSlice();
    for (const raw of ['', '9', '99', '999', '9999', '99999']) slice.actions.setNumber('latent', raw, 64);
    expect(store.getState().params.latent).toBe(64);
    expect(store.getState().drafts.latent?.raw).toBe('99999');
    // Without the value before the edit, the last valid one stays (999 was out of range too, so 99).
    const other = makeSlice();
    for (const raw of ['9', '99', '999']) other.slice.actions.setNumber('latent', raw);
    expect(other.store.getState().params.latent).toBe(99);
  });

  it('setParams drops the drafts of the settings it sets and leaves the others', () => {
    const { store, slice } = makeSlice();
    slice.actions.setNumber('latent', '2.5');
    slice.actions.setNumber('lr', '9');
    slice.actions.setParams({ lr: 0.01, loss: 'bce' });
    expect(store.getState().params).toMatchObject({ latent: 64, lr: 0.01, loss: 'bce' });
    expect(Object.keys(store.getState().drafts)).toEqual(['latent']);
  });

  it('setTyped writes a valid value through its own patch and drops that control’s draft', () => {
    const { store, slice } = makeSlice();
    const spec = { kind: 'int' as const, min: 8, max: 1000 };
    const toPatch = (value: number) => ({ spec: { length: value } });
    expect(slice.setTyped('length', '4', spec, toPatch)).toBe(false);
    expect(store.getState().drafts.length?.problem).toEqual({ code: 'range', values: { min: 8, max: 1000 } });
    expect(slice.setTyped('length', '64', spec, toPatch)).toBe(true);
    expect(store.getState().params.spec.length).toBe(64);
    expect(store.getState().drafts).toEqual({});
  });
});
