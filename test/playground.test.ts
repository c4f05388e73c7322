/**
 * The playground in a real browser with the network cut off: headless Chromium (Debian's) opens
 * it with every request to another host aborted, enters a key, runs a query and sees its result,
 * and saves a screenshot. Skipped, loudly, where Chromium is not installed (`.ci/run` installs it).
 * Also over plain HTTP: every asset the page names comes from the service itself.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { issueApiKey, revokeApiKey } from '../src/auth/api-keys';
import { Role } from '../src/auth/caller';
import type { RunningService } from '../src/main';
import { seedArticle } from '../src/seed/article';
import { describeEachEngine } from './helpers/engines';
import { startService } from './helpers/service';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.join(__dirname, '..', 'test-results');

describeEachEngine(
  'the playground',
  (ctx) => {
    let service: RunningService;
    let key = '';
    const badKeys: Record<'unknown' | 'revoked' | 'expired', string> = { unknown: '', revoked: '', expired: '' };
    beforeAll(async () => {
      await seedArticle(ctx.dataSource);
      service = await startService(ctx, { NODE_ENV: 'production' });
      key = (await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'trình duyệt' })).key;
      badKeys.unknown = `tdkt_0badc0de_${'A'.repeat(43)}`;
      const revoked = await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'thu hồi' });
      await revokeApiKey(ctx.dataSource, revoked.keyId);
      badKeys.revoked = revoked.key;
      const yesterday = new Date(Date.now() - 86_400_000);
      badKeys.expired = (
        await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'cũ', expiresAt: yesterday })
      ).key;
    });
    afterAll(() => service?.stop());

    it('serves its page and every asset without a key, and sends browsers from /graphql to it', async () => {
      const page = await fetch(`${service.url}/playground`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await page.text();
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(assets.length).toBeGreaterThanOrEqual(5);
      for (const asset of assets) {
        expect(asset.startsWith('/playground/assets/')).toBe(true);
        expect((await fetch(`${service.url}${asset}`)).status).toBe(200);
      }
      const redirect = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
      expect(redirect.status).toBe(302);
      expect(redirect.headers.get('location')).toBe('/playground');
      // The data stays behind the key.
      const anonymous = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ units { totalCount } }' }),
      });
      expect(
        ((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
      ).toBe('UNAUTHENTICATED');
    });

    const browserTest = existsSync(CHROMIUM) ? it : it.skip;
    if (!existsSync(CHROMIUM))
      console.warn(`the playground's browser test is skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

    browserTest('works in Chromium with no outside network: key in, query run, result shown', async () => {
      let browser: Browser | undefined;
      const outside: string[] = [];
      try {
        browser = await chromium.launch({
          executablePath: CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        });
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const origin = new URL(service.url).origin;
        await page.route('**/*', (route) => {
          if (new URL(route.request().url()).origin === origin) return route.continue();
          outside.push(route.request().url());
          return route.abort();
        });
        await page.goto(`${service.url}/playground`);
        // A key is checked when it is set: a bad one is named for what is wrong with it.
        for (const [verdict, badKey] of Object.entries(badKeys)) {
          await page.fill('#api-key', badKey);
          await page.click('#save-key');
          await page.locator(`#key-state[data-state="${verdict}"]`).waitFor();
          expect(await page.textContent('#key-state')).toContain(verdict);
        }
        await page.fill('#api-key', key);
        await page.click('#save-key');
        await page.waitForSelector('.graphiql-editors');
        await page.locator('#key-state[data-state="valid"]').getByText('đang dùng khóa', { exact: false }).waitFor();
        // The key bar wears GraphiQL's font and button style, not the browser's.
        const look = await page.evaluate(`(() => {
          const bar = getComputedStyle(document.getElementById('key-bar'));
          const button = getComputedStyle(document.getElementById('save-key'));
          return { font: bar.fontFamily, border: button.borderStyle, radius: button.borderRadius };
        })()`);
        expect(look).toEqual({ font: expect.stringContaining('Roboto'), border: 'none', radius: '4px' });
        // Replace the first tab's operation with a query of our own, then run it.
        const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
        await editor.click();
        // The page's own CodeMirror instance takes the text (typing would fight its autocompletion).
        const check = 'query PlaygroundCheck { units(filter: { code: { eq: "SO_YTE" } }) { nodes { name } } }';
        await page.evaluate(
          `document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(${JSON.stringify(check)})`,
        );
        // GraphiQL names the tab after the operation once it has parsed the new text.
        await page.locator('.graphiql-tab').getByText('PlaygroundCheck').waitFor();
        // A long comment wraps inside the editor instead of running past its edge.
        const overflow = await page.evaluate(`(() => {
          const editor = document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;
          const comment = '# ' + 'một chú thích rất dài / a very long comment '.repeat(12);
          editor.replaceRange(comment + '\\n', { line: 0, ch: 0 });
          const scroll = editor.getScrollInfo();
          return { wrapping: editor.getOption('lineWrapping'), overflow: scroll.width - scroll.clientWidth };
        })()`);
        expect(overflow).toEqual({ wrapping: true, overflow: expect.any(Number) });
        expect((overflow as { overflow: number }).overflow).toBeLessThanOrEqual(1);
        await page.click('.graphiql-execute-button');
        await page.locator('.graphiql-response').getByText('Sở Y tế').waitFor({ timeout: 15_000 });
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOTS, `playground-${ctx.engine}.png`) });
        expect(outside).toEqual([]);
      } finally {
        await browser?.close();
      }
    });
  },
  { sqlite: 'file' },
);
