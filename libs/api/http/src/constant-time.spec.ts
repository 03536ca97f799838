import { constantTimeEqual } from './constant-time';

describe('constantTimeEqual', () => {
  it('is true only for the same string', () => {
    expect(constantTimeEqual('Bearer s3cret-token', 'Bearer s3cret-token')).toBe(true);
    expect(constantTimeEqual('Bearer s3cret-tokeN', 'Bearer s3cret-token')).toBe(false);
    expect(constantTimeEqual('Bearer s3cret', 'Bearer s3cret-token')).toBe(false);
    expect(constantTimeEqual('Bearer s3cret-token-and-more', 'Bearer s3cret-token')).toBe(false);
    expect(constantTimeEqual('æøå', 'æøå')).toBe(true);
    expect(constantTimeEqual(undefined, '')).toBe(false);
    expect(constantTimeEqual(null, 'x')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});
