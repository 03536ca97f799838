import { citizenResources } from './app-resources';
import { createI18n } from './i18n';
import { initI18n, resources } from './resources';
import './i18next-types';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

describe('i18n resources', () => {
  for (const ns of Object.keys(resources.da) as Array<keyof typeof resources.da>) {
    it(`has the same keys in Danish and English for "${ns}"`, () => {
      expect(keys(resources.en[ns] as Tree).sort()).toEqual(keys(resources.da[ns] as Tree).sort());
    });
    it(`has no empty texts in "${ns}"`, () => {
      for (const lang of ['da', 'en'] as const) {
        const tree = resources[lang][ns] as Tree;
        const empty = keys(tree).filter((k) => !k.split('.').reduce<Tree | string>((t, p) => (t as Tree)[p], tree));
        expect(empty).toEqual([]);
      }
    });
  }

  it('speaks Danish by default, falls back to common texts, and sets <html lang>', () => {
    localStorage.clear();
    const i18n = initI18n('citizen');
    expect(i18n.language).toBe('da');
    expect(i18n.t('citizen:home.title')).toBe('Velkommen til Jobunivers');
    expect(i18n.t('skipLink')).toBe('Gå til indhold');
    expect(document.documentElement.lang).toBe('da');
  });

  it('switches to English and remembers the choice', async () => {
    localStorage.clear();
    const i18n = initI18n('staff');
    await i18n.changeLanguage('en');
    expect(i18n.t('staff:nav.municipalities')).toBe('Municipalities');
    expect(document.documentElement.lang).toBe('en');
    expect(initI18n('staff').language).toBe('en');
  });

  it('pluralises with the count', () => {
    const i18n = initI18n('citizen', 'da');
    expect(
      i18n.t('citizen:jobcentre.result', { count: 1, code: '8000', name: 'Aarhus C', municipalities: 'Aarhus' }),
    ).toContain('hører til Aarhus Kommune');
  });

  it('types its keys: a key missing from the resources does not compile', () => {
    const i18n = initI18n('citizen', 'da');
    expect(i18n.t('citizen:home.title')).toBe('Velkommen til Jobunivers');
    // @ts-expect-error — not a key of the citizen texts: tsc fails here if the typing is lost
    expect(i18n.t('citizen:home.noSuchKey')).toBe('home.noSuchKey');
  });

  it("an app's bundle holds only its own namespaces and fetches English when chosen", async () => {
    localStorage.clear();
    const i18n = createI18n('citizen', citizenResources, 'da');
    await i18n.loadNamespaces(['citizen', 'server']);
    expect(i18n.hasResourceBundle('da', 'citizen')).toBe(true);
    expect(i18n.hasResourceBundle('da', 'staff')).toBe(false);
    expect(i18n.hasResourceBundle('en', 'citizen')).toBe(false);
    await i18n.changeLanguage('en');
    expect(i18n.t('citizen:home.title')).toBe(resources.en.citizen.home.title);
    expect(i18n.t('skipLink')).toBe('Skip to content');
    expect(i18n.hasResourceBundle('en', 'staff')).toBe(false);
  });

  it("the citizen app's shell texts are there at once; its pages' texts arrive as their own chunk, asked for at start", async () => {
    localStorage.clear();
    const i18n = createI18n('citizen', citizenResources, 'da');
    // Synchronously, before any chunk: the shell (name, navigation, offline banner) can render.
    expect(i18n.hasResourceBundle('da', 'citizenShell')).toBe(true);
    expect(i18n.hasResourceBundle('da', 'citizen')).toBe(false);
    expect(i18n.hasResourceBundle('da', 'server')).toBe(false);
    expect(i18n.t('citizenShell:nav.overview')).toBe('Overblik');
    // Already on its way (no waterfall behind the first page's chunk): the pages' namespaces load without being asked.
    await new Promise<void>((resolve) => i18n.on('loaded', () => resolve()));
    expect(i18n.hasResourceBundle('da', 'citizen')).toBe(true);
    expect(i18n.hasResourceBundle('da', 'server')).toBe(true);
    // A page's key that moved to the shell still resolves in the page's namespace, through the fallback (typed too,
    // as the pages' `useTranslation('citizen')` sees it).
    const t = i18n.getFixedT('da', 'citizen');
    expect(t('appName')).toBe('Jobunivers');
    expect(t('employer.nav.newRequest')).toBe('Ny henvendelse');
    expect(t('employer.requests.title')).toBe(resources.da.citizen.employer.requests.title);
  });
});
