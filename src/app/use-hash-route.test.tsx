import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonHref, parseHash, useHashRoute } from './use-hash-route';

afterEach(cleanup);

describe('parseHash', () => {
  it('reads home, the glossary, lessons and unknown paths', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
    expect(parseHash('#/glossary')).toEqual({ name: 'glossary' });
    expect(parseHash('#/glossary/')).toEqual({ name: 'glossary' });
    expect(parseHash('#/glossary/pixel-auroc')).toEqual({ name: 'glossary', entry: 'pixel-auroc' });
    expect(parseHash('#/glossary/Bad_Name')).toEqual({ name: 'not-found', path: '/glossary/Bad_Name' });
    expect(parseHash('#/lesson/dense-ae')).toEqual({ name: 'lesson', id: 'dense-ae', query: '' });
    expect(parseHash('#/lesson/dense-ae/')).toEqual({ name: 'lesson', id: 'dense-ae', query: '' });
    expect(parseHash('#/lesson/dense-ae?latent=8&epochs=2')).toEqual({ name: 'lesson', id: 'dense-ae', query: 'latent=8&epochs=2' });
    expect(parseHash('#/lesson/dense-ae?latent=8&present=1&cell=roc')).toEqual({ name: 'lesson', id: 'dense-ae', query: 'latent=8', view: 'present=1&cell=roc' });
    expect(parseHash('#/lesson/')).toEqual({ name: 'not-found', path: '/lesson' });
    expect(parseHash('#/lesson/a/b')).toEqual({ name: 'not-found', path: '/lesson/a/b' });
    expect(parseHash('#/about')).toEqual({ name: 'not-found', path: '/about' });
    expect(parseHash('#/lesson/%E0%A4%A')).toEqual({ name: 'not-found', path: '/lesson/%E0%A4%A' });
  });

  it('round-trips lesson links, even with odd ids', () => {
    for (const id of ['dense-ae', 'a b', 'x/y', '日本']) {
      expect(parseHash(lessonHref(id))).toEqual({ name: 'lesson', id, query: '' });
    }
  });
});

function Probe() {
  const route = useHashRoute();
  return <output>{route.name === 'lesson' ? `lesson:${route.id}` : route.name}</output>;
}

describe('useHashRoute', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('follows hashchange events', () => {
    window.location.hash = '#/';
    const { container } = render(<Probe />);
    expect(container.textContent).toBe('home');
    act(() => {
      window.location.hash = '#/lesson/dense-ae';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(container.textContent).toBe('lesson:dense-ae');
    act(() => {
      window.location.hash = '#/nope';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(container.textContent).toBe('not-found');
  });
});
