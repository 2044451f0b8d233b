import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Parts of antd that the window would load at start although nothing on the first screen draws
// them (issue 13: the first screen's JS). Each entry names the antd module that imports the part
// and the import as written there; the build swaps that one import and no other, so the screens
// that really use the part (Tabs, TextArea, Form) still import it directly.

interface Swap {
  /** The importing file, as its path ends. */
  importer: RegExp;
  /** The import specifier as written in that file. */
  source: string;
}

/**
 * Loaded on first draw instead of at start: a component that the importer renders only in a case
 * the app never reaches (a Card with `tabList`, Typography while editing). Not for what a click
 * opens (a confirm dialog, a Select's list: 41 kB): keys pressed while its code arrives would be
 * lost, e.g. ArrowDown, ArrowUp, Enter typed quickly on a closed Select chose nothing.
 */
const LAZY: Swap[] = [
  // 35 kB: Card draws Tabs only for `tabList`, which no screen passes.
  { importer: /antd[\\/]es[\\/]card[\\/]Card\.js$/, source: '../tabs' },
  // 27 kB with Input and TextArea: Typography draws Editable only with `editable`, unused here.
  { importer: /antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/, source: '../Editable' },
];

/**
 * A deeper path to the same module. 40 kB: antd's form context (which Tooltip, Menu and Select
 * read) wants only rc-form's FormProvider, but rc-form's index attaches Form, Field, List and
 * useForm to its default export, which keeps all of rc-form and async-validator in the bundle.
 */
const DEEP: (Swap & { target: string })[] = [
  {
    importer: /antd[\\/]es[\\/]form[\\/]context\.js$/,
    source: '@rc-component/form',
    target: '@rc-component/form/es/FormContext.js',
  },
];

const PREFIX = '\0lazy-part:';

/** The component the importer gets: the real one, fetched the first time it is drawn. */
function standIn(real: string): string {
  return `import { createElement, forwardRef, lazy, Suspense } from 'react';
const Real = lazy(() => import(${JSON.stringify(real)}));
export default forwardRef(function LazyPart(props, ref) {
  return createElement(Suspense, { fallback: null }, createElement(Real, { ...props, ref }));
});
`;
}

function lazyParts(): Plugin {
  const matches = (s: Swap, source: string, importer: string) =>
    s.source === source && s.importer.test(importer);
  return {
    name: 'thbc-lazy-parts',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer) return null;
      const deep = DEEP.find((s) => matches(s, source, importer));
      if (deep) return this.resolve(deep.target, importer, { skipSelf: true });
      if (!LAZY.some((s) => matches(s, source, importer))) return null;
      const real = await this.resolve(source, importer, { skipSelf: true });
      return real ? PREFIX + real.id : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? standIn(id.slice(PREFIX.length)) : null;
    },
  };
}

// The renderer builds to static files served by Electron (file://) or the HTTP server.
export default defineConfig({
  root: 'renderer',
  base: './',
  // lazyParts: antd pieces nothing on the first screen draws load when first drawn (issue 13).
  plugins: [react(), lazyParts()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // React on its own: every screen needs it, it never changes between our releases, and
        // left with the antd core it makes one chunk past Vite's 500 kB warning.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
});
