import { describe, expect, it, vi } from 'vitest';
import { CACHE_URLS_MESSAGE, registerServiceWorker } from './register-sw';

function fakeContainer(fail = false) {
  const posted: unknown[] = [];
  const registration = { active: { postMessage: (m: unknown) => posted.push(m) } } as unknown as ServiceWorkerRegistration;
  const register = vi.fn(async () => {
    if (fail) throw new Error('SecurityError');
    return registration;
  });
  const container = { register, ready: Promise.resolve(registration) } as unknown as ServiceWorkerContainer;
  return { container, register, registration, posted };
}

describe('registerServiceWorker', () => {
  it('does nothing outside production builds or without service worker support', async () => {
    const { container, register } = fakeContainer();
    expect(await registerServiceWorker({ prod: false, baseUrl: '/', serviceWorker: container })).toBeUndefined();
    expect(await registerServiceWorker({ prod: true, baseUrl: '/', serviceWorker: undefined })).toBeUndefined();
    expect(register).not.toHaveBeenCalled();
  });

  it('registers {base}sw.js scoped to the base and sends the loaded URLs', async () => {
    const { container, register, registration, posted } = fakeContainer();
    const urls = ['https://lab.test/app/', 'https://lab.test/app/assets/index-abc.js'];
    expect(await registerServiceWorker({ prod: true, baseUrl: '/app/', serviceWorker: container, loadedUrls: () => urls })).toBe(registration);
    expect(register).toHaveBeenCalledWith('/app/sw.js', { scope: '/app/' });
    await Promise.resolve();
    expect(posted).toEqual([{ type: CACHE_URLS_MESSAGE, urls }]);
  });

  it('logs and resolves undefined when registration fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { container } = fakeContainer(true);
    expect(await registerServiceWorker({ prod: true, baseUrl: '/', serviceWorker: container, loadedUrls: () => [] })).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
