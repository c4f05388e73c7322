/**
 * The playground in a real browser with the network cut off: headless Chromium (Debian's) opens
 * it with every request to another host aborted, enters a key, runs a query and sees its result,
 * and saves a screenshot. Skipped, loudly, where Chromium is not installed (`.ci/run` installs it).
 * Also over plain HTTP: every asset the page names comes from the service itself.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { issueApiKey } from '../src/auth/api-keys';
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
    beforeAll(async () => {
      await seedArticle(ctx.dataSource);
      service = await startService(ctx, { NODE_ENV: 'production' });
      key = (await issueApiKey(ctx.dataSource, { role: Role.READER, name: 'trình duyệt' })).key;
    });
    afterAll(() => service?.stop());

    it('serves its page and every asset itself, without a key, and sends browsers from /graphql to it', async () => {
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
        await page.fill('#api-key', key);
        await page.click('#save-key');
        await page.waitForSelector('.graphiql-container');
        await page.getByText('đang dùng khóa', { exact: false }).waitFor();
        // Replace the first tab's operation with a query of our own, then run it.
        const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
        await editor.click();
        // The page's own CodeMirror instance takes the text (typing would fight its autocompletion).
        const text = 'query PlaygroundCheck { units(filter: { code: { eq: "SO_YTE" } }) { nodes { name } } }';
        await page.evaluate(
          `document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(${JSON.stringify(text)})`,
        );
        // GraphiQL names the tab after the operation once it has parsed the new text.
        await page.locator('.graphiql-tab').getByText('PlaygroundCheck').waitFor();
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
