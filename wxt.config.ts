import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { manifestMessages } from './src/i18n/manifest';
import { LOCALES } from './src/i18n/catalog';
import { X_MATCH_PATTERNS } from './src/x-hosts';

/** Fixed so that storage.sync, updates and the e2e harness's extension UUID pref keep working. */
export const GECKO_ID = 'cashtag-context@cashtagcontext';

export default defineConfig({
  srcDir: '.',
  publicDir: 'assets/public',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    developmentIndicator: false,
    sizes: [16, 32, 48, 96, 128],
  },
  vite: () => ({
    plugins: [
      preact({ devToolsEnabled: false, prefreshEnabled: false }),
      withoutInnerHtml(),
      nativeBrowserInContentScript(),
    ],
    // Vite's modulepreload polyfill fetches the page's own chunks; the browsers we support preload
    // natively, and the extension keeps no `fetch` anywhere (a package test checks). Terser's
    // compression makes the content script about 5 % smaller than esbuild's, within its budget.
    build: {
      target: 'es2022',
      modulePreload: { polyfill: false },
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: [...X_MATCH_PATTERNS],
    action: { default_title: '__MSG_actionTitle__' },
    // The content script relies on AbortSignal.any (Chrome 116) and the CSS Custom Highlight API
    // (Chrome 105); Firefox's floor is set below.
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android. What the content script needs, by the version that first has it
        // on Android: caretPositionFromPoint (20), Array.prototype.at (90), the dvh and env() units
        // of the bottom sheet (101, and long before), AbortSignal.any (124), the CSS Custom
        // Highlight API (140). `data_collection_permissions` is read from 142 on Android (140 on
        // the desktop), so 142 is the floor that holds all of these, not a raise without reason.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // The manifest's own strings live with every other string in src/i18n; write them as _locales.
    'build:publicAssets': (_wxt, files) => {
      for (const locale of LOCALES) {
        const messages = Object.fromEntries(
          Object.entries(manifestMessages[locale]).map(([key, message]) => [key, { message }]),
        );
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: `${JSON.stringify(messages, null, 2)}\n`,
        });
      }
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // Firefox reviewers rebuild from this zip with `npm ci && npm run build`: the code and its
    // build files, not the tests, the benchmark, store images or local test output.
    excludeSources: [
      'tests/**',
      'bench/**',
      '.ci/**',
      'assets/store/**',
      'test-results/**',
      'demo-screenshots/**',
      'stats.html',
    ],
  },
});

/**
 * Preact's renderer carries `dangerouslySetInnerHTML` support: the extension never uses it, and
 * `web-ext lint` rightly flags the `innerHTML` assignment. Rewriting the two assignments in
 * Preact's build makes the prop fail loudly instead of parsing markup, and leaves no `innerHTML`
 * anywhere in the packages (a test checks the built files).
 */
function withoutInnerHtml(): Plugin {
  return {
    name: 'cashtag-context:without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]/.test(id) || !code.includes('innerHTML')) return null;
      const rewritten = code
        .replace(
          /\b(\w+)\.innerHTML=(\w+)\.__html/g,
          '(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()',
        )
        .replace(/\b(\w+)\.innerHTML=""/g, '$1.textContent=""')
        .replace(/\b\w+\.innerHTML\b/g, '""');
      if (rewritten.includes('innerHTML'))
        this.error(`innerHTML left in ${id}: update withoutInnerHtml for this Preact version`);
      return { code: rewritten, map: null };
    },
  };
}

/**
 * The content script runs in every X tab, so it does without webextension-polyfill (about 3 KB
 * gzipped, a tenth of its budget): Chrome's MV3 `chrome.*` APIs return promises and Firefox has
 * `browser` natively. The one thing the polyfill adds that we used, answering a message with a
 * returned Promise in Chrome, `answer` in src/messaging.ts does with `sendResponse` instead, which
 * both browsers support natively. The background and the extension's pages keep the polyfill.
 */
function nativeBrowserInContentScript(): Plugin {
  const shim = '\0cashtag-context:native-browser';
  let contentScript = false;
  return {
    name: 'cashtag-context:native-browser-in-content-script',
    enforce: 'pre',
    options(options) {
      contentScript = /entrypoints[\\/]content/.test(JSON.stringify(options.input ?? ''));
      return null;
    },
    resolveId(source) {
      return contentScript && source === 'webextension-polyfill' ? shim : null;
    },
    load(id) {
      if (id !== shim) return null;
      const api = 'globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome';
      return `export default ${api};`;
    },
  };
}
