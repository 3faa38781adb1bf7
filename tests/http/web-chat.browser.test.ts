import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createHttpApp } from '../../src/http/app.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { launchChromium } from '../helpers/browser.js';
import { coreWith } from '../helpers/core.js';
import { listen } from '../helpers/server.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  server = await listen(createHttpApp(coreWith(new MemoryStore(), 'web:', { REDIS_URL: '' })));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('web chat page in a real browser', () => {
  it('asks a question, shows the answer, and follows a clicked choice', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    await expect(page.title()).resolves.toContain('Hà Tĩnh');

    await page.fill('#text', 'lam ho chieu');
    await page.click('form button[type=submit]');
    const choice = page.locator('.bot .buttons button', { hasText: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)' });
    await choice.waitFor();
    await expect(page.locator('.user').first().textContent()).resolves.toBe('lam ho chieu');

    await choice.click();
    const answer = page.locator('.bot', { hasText: 'mã 1.001456' });
    await answer.waitFor();
    const link = answer.locator('.links a', { hasText: 'Cổng DVC quốc gia' });
    await expect(link.getAttribute('href')).resolves.toBe('https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001456');
    await page.screenshot({ path: 'test-results/web-chat.png', fullPage: true });
    await page.close();
  });

  it('shows text from the user as text, never as HTML', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    await page.fill('#text', '<img src=x onerror="document.title=\'pwned\'">');
    await page.click('form button[type=submit]');
    await page.locator('.bot').nth(0).waitFor();
    expect(await page.locator('.user img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });
});
