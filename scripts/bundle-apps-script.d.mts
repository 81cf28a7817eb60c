// Types of bundle-apps-script.mjs, for the tests that build a bundle of their own.
export function bundleAppsScript(options: { entry: string; outfile: string }): Promise<string[]>;
