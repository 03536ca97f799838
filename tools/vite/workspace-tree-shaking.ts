/**
 * The workspace's own TypeScript modules have no import-time side effects (styles are .css, the entry is main.tsx), so
 * the bundler may treat them as side-effect free. Without this, a library's barrel (`@jobunivers/web/ui`) imported by
 * the app shell pulls every module of the library into the first-load chunk, even those only lazy pages use (forms,
 * pagination, the error summary). Node modules keep their own `sideEffects` flags (undefined = the default).
 */
export function workspaceModuleSideEffects(id: string): boolean | undefined {
  if (id.includes('/node_modules/') || /\/src\/main\.tsx$/.test(id)) return undefined;
  return /\/(apps|libs)\/[^?]*\.tsx?$/.test(id) ? false : undefined;
}
