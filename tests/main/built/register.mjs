// Loaded with `node --import` before out/main/index.js: sends `import … from 'electron'` to
// fake-electron.mjs, so the built bundle runs in plain Node.
import { register } from 'node:module';

process.resourcesPath = process.env.FAKE_RESOURCES_PATH;
register(
  'data:text/javascript,' +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        if (specifier === 'electron') return { url: ${JSON.stringify(new URL('./fake-electron.mjs', import.meta.url).href)}, shortCircuit: true };
        return next(specifier, context);
      }`),
);
