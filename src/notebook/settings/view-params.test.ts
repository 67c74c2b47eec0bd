import { describe, expect, it } from 'vitest';
import { splitViewParams, viewParamsOf, withoutViewParams, withViewParams } from './view-params';

describe('view params', () => {
  it('splits presenter keys from the settings, keeping both orders', () => {
    expect(splitViewParams('latent=8&present=1&epochs=2&cell=train&pair=roc&text=0')).toEqual({ settings: 'latent=8&epochs=2', view: 'present=1&cell=train&pair=roc&text=0' });
    expect(splitViewParams('')).toEqual({ settings: '', view: '' });
    expect(splitViewParams('present=1')).toEqual({ settings: '', view: 'present=1' });
  });

  it('takes them out of a hash and puts them back after the settings', () => {
    expect(withoutViewParams('#/lesson/dense-ae?present=1&latent=8')).toBe('#/lesson/dense-ae?latent=8');
    expect(withoutViewParams('#/lesson/dense-ae?present=1')).toBe('#/lesson/dense-ae');
    expect(withViewParams('#/lesson/dense-ae?latent=16', 'present=1&cell=roc')).toBe('#/lesson/dense-ae?latent=16&present=1&cell=roc');
    expect(withViewParams('#/lesson/dense-ae?latent=16&present=1&cell=data', 'present=1&cell=roc')).toBe('#/lesson/dense-ae?latent=16&present=1&cell=roc');
    expect(withViewParams('#/lesson/dense-ae?present=1', '')).toBe('#/lesson/dense-ae');
    expect(viewParamsOf('#/lesson/x?a=1&cell=train&present=1')).toBe('cell=train&present=1');
  });
});
