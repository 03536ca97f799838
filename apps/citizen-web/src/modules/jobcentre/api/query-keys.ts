export const jobcentreKeys = {
  postalCode: (code: string) => ['reference', 'postal-code', code] as const,
};
