import { deflateRawSync } from 'node:zlib';
import { parseAuthnRequest } from './saml-response';

const encode = (xml: string) => deflateRawSync(Buffer.from(xml)).toString('base64');

describe('parseAuthnRequest', () => {
  it('reads id, ACS URL and issuer of a redirect-binding AuthnRequest', () => {
    const xml =
      '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_abc123" Version="2.0" ' +
      'AssertionConsumerServiceURL="http://localhost:3000/api/v1/auth/citizen/saml/acs?x=1&amp;y=2"><saml:Issuer>http://sp.example/metadata</saml:Issuer></samlp:AuthnRequest>';
    expect(parseAuthnRequest(encode(xml))).toEqual({
      id: '_abc123',
      acsUrl: 'http://localhost:3000/api/v1/auth/citizen/saml/acs?x=1&y=2',
      issuer: 'http://sp.example/metadata',
    });
  });

  it('refuses what is not a deflated AuthnRequest', () => {
    expect(parseAuthnRequest('bm90LXNhbWw=')).toBeUndefined();
    expect(parseAuthnRequest(encode('<samlp:AuthnRequest ID="_x"/>'))).toBeUndefined();
  });
});
