// The layers of Parallax, checked on every `npm test` (npm run lint:layers). Paths are relative to
// the folder the check runs in (the repository root), so `^src/core/` is core. See the README's
// Architecture section for why the layers are these.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circle anywhere in src/: each file stands above what it imports. A component that renders itself (a comment thread) is not a circle.',
      severity: 'error',
      from: { path: '(^src/.+)' },
      to: { circular: true, pathNot: '^$1$' },
    },
    {
      name: 'shared-imports-only-shared',
      comment: 'src/shared is the contract: plain types and tiny helpers, no Node, no DOM, no packages.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { pathNot: '^src/shared/' },
    },
    {
      name: 'renderer-not-node-core-or-electron',
      comment: 'The renderer talks only to the contract: never node:*, core, a host, or Electron.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: {
        path: ['^src/(core|main|preload|server|cli)/', '(^|/)node_modules/electron/', '^electron$'],
      },
    },
    {
      name: 'renderer-no-node-builtins',
      comment: 'The renderer runs in a sandboxed window: no Node built-ins.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-not-electron-dom-or-host',
      comment: 'Core is plain Node: never Electron, the DOM (svelte, the renderer) or a host that binds it.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/(main|preload|server|cli|renderer)/', '(^|/)node_modules/(electron|svelte)/', '^(electron|svelte)(/|$)'] },
    },
    {
      name: 'store-is-the-bottom-layer',
      comment: 'The store imports nothing above it: only shared, core/text (pure text helpers), SQLite and Node.',
      severity: 'error',
      from: { path: '^src/core/store/' },
      to: { path: '^src/core/', pathNot: '^src/core/(store|text)/' },
    },
    {
      name: 'text-is-a-leaf',
      comment: 'core/text (splitting, folding, distances) depends on nothing else of core.',
      severity: 'error',
      from: { path: '^src/core/text/' },
      to: { path: '^src/core/', pathNot: '^src/core/text/' },
    },
    {
      name: 'analysis-below-features',
      comment: 'core/analysis serves compare, explore and derived data; it never imports them (or search, ingest but its date readers).',
      severity: 'error',
      from: { path: '^src/core/analysis/' },
      to: { path: '^src/core/(compare|explore|derived|search|annotate|worker)/' },
    },
    {
      name: 'search-below-derived-data',
      comment: 'Search reads the indexes; core/derived writes them and may use search\'s analysis, never the other way round.',
      severity: 'error',
      from: { path: '^src/core/search/' },
      to: { path: '^src/core/(derived|ingest|compare|explore|annotate)/' },
    },
    {
      name: 'preload-only-shared-and-electron',
      comment: 'The preload script is the bridge: the contract and Electron, nothing else.',
      severity: 'error',
      from: { path: '^src/preload/' },
      to: { pathNot: ['^src/(preload|shared)/', '^electron$', '(^|/)node_modules/electron/'] },
    },
    {
      name: 'hosts-not-renderer',
      comment: 'Hosts bind core to a transport; they never import the renderer.',
      severity: 'error',
      from: { path: '^src/(main|server|cli)/' },
      to: { path: '^src/renderer/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.svelte.ts', '.js', '.mjs', '.json', '.svelte'] },
    exclude: { path: ['\\.d\\.ts$'] },
  },
};
