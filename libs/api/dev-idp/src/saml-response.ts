import { NSIS_LEVELS, type NsisLevel, OIOSAML, OIOSAML_SPEC_VERSION } from '@jobunivers/api/identity';
import { createSign, randomUUID } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { SignedXml } from 'xml-crypto';
import type { TestPerson } from './test-persons';

export interface ResponseOptions {
  person: TestPerson;
  loa: NsisLevel;
  inResponseTo: string;
  acsUrl: string;
  audience: string;
  idpEntityId: string;
  key: string;
  cert: string;
  /** Defaults to now; tests move it to make expired assertions. */
  now?: Date;
  validForMs?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attr = (name: string, value: string) =>
  `<saml:Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue>${esc(value)}</saml:AttributeValue></saml:Attribute>`;

/** A SAML 2.0 Response with an RSA-SHA256-signed Assertion in the OIOSAML 3 attribute profile (base64, for HTTP-POST). */
export function buildSignedResponse(o: ResponseOptions): string {
  if (!NSIS_LEVELS.includes(o.loa)) throw new Error(`Unknown NSIS level ${o.loa}`);
  const now = o.now ?? new Date();
  const until = new Date(now.getTime() + (o.validForMs ?? 5 * 60_000)).toISOString();
  const issued = now.toISOString();
  const notBefore = new Date(now.getTime() - 30_000).toISOString();
  const assertionId = `_${randomUUID()}`;
  const assertion =
    `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${assertionId}" Version="2.0" IssueInstant="${issued}">` +
    `<saml:Issuer>${esc(o.idpEntityId)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">https://data.gov.dk/model/core/eid/person/uuid/${o.person.id}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="${esc(o.inResponseTo)}" NotOnOrAfter="${until}" Recipient="${esc(o.acsUrl)}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${until}"><saml:AudienceRestriction><saml:Audience>${esc(o.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${issued}" SessionIndex="_${randomUUID()}"><saml:AuthnContext><saml:AuthnContextClassRef>https://data.gov.dk/concept/core/nsis/${o.loa}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>` +
    attr(OIOSAML.specVersion, OIOSAML_SPEC_VERSION) +
    attr(OIOSAML.loa, o.loa) +
    (o.person.professional
      ? attr(OIOSAML.cvr, o.person.professional.cvr) +
        attr(OIOSAML.orgName, o.person.professional.orgName) +
        attr(OIOSAML.professionalUuid, `urn:uuid:${o.person.id}`)
      : attr(OIOSAML.cprNumber, o.person.cpr)) +
    attr(OIOSAML.firstName, o.person.firstName) +
    attr(OIOSAML.lastName, o.person.lastName) +
    attr(OIOSAML.fullName, `${o.person.firstName} ${o.person.lastName}`) +
    `</saml:AttributeStatement></saml:Assertion>`;
  const response =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" Version="2.0" IssueInstant="${issued}" Destination="${esc(o.acsUrl)}" InResponseTo="${esc(o.inResponseTo)}">` +
    `<saml:Issuer>${esc(o.idpEntityId)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    assertion +
    `</samlp:Response>`;
  const sig = new SignedXml({
    privateKey: o.key,
    publicCert: o.cert,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: `//*[local-name(.)='Assertion' and @ID='${assertionId}']`,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(response, {
    location: { reference: `//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return Buffer.from(sig.getSignedXml(), 'utf8').toString('base64');
}

/** Reads a HTTP-Redirect binding AuthnRequest (deflated, base64): its ID, ACS URL and issuer. */
export function parseAuthnRequest(samlRequest: string): { id: string; acsUrl: string; issuer: string } | undefined {
  try {
    const xml = inflateRawSync(Buffer.from(samlRequest, 'base64')).toString('utf8');
    const id = /\sID="([^"]+)"/.exec(xml)?.[1];
    const acsUrl = /AssertionConsumerServiceURL="([^"]+)"/.exec(xml)?.[1];
    const issuer = /<(?:saml2?:)?Issuer[^>]*>([^<]+)</.exec(xml)?.[1];
    return id && acsUrl && issuer ? { id, acsUrl: acsUrl.replace(/&amp;/g, '&'), issuer } : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a redirect-binding LogoutRequest: its ID and the NameID it ends. */
export function parseLogoutRequest(samlRequest: string): { id: string; nameId: string } | undefined {
  try {
    const xml = inflateRawSync(Buffer.from(samlRequest, 'base64')).toString('utf8');
    if (!/LogoutRequest/.test(xml)) return undefined;
    const id = /\sID="([^"]+)"/.exec(xml)?.[1];
    const nameId = /<(?:saml2?:)?NameID[^>]*>([^<]+)</.exec(xml)?.[1];
    return id && nameId ? { id, nameId } : undefined;
  } catch {
    return undefined;
  }
}

export interface LogoutResponseOptions {
  inResponseTo: string;
  destination: string;
  idpEntityId: string;
  relayState?: string;
  key: string;
}

/**
 * A successful LogoutResponse for the HTTP-Redirect binding: deflated, base64, and signed over
 * `SAMLResponse=…&RelayState=…&SigAlg=…` with RSA-SHA256 (SAML bindings §3.4.4.1). Returns the URL.
 */
export function buildLogoutResponseUrl(o: LogoutResponseOptions): string {
  const xml =
    `<samlp:LogoutResponse xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" Version="2.0" IssueInstant="${new Date().toISOString()}" Destination="${esc(o.destination)}" InResponseTo="${esc(o.inResponseTo)}">` +
    `<saml:Issuer>${esc(o.idpEntityId)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:LogoutResponse>`;
  let query = `SAMLResponse=${encodeURIComponent(deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'))}`;
  if (o.relayState) query += `&RelayState=${encodeURIComponent(o.relayState)}`;
  query += `&SigAlg=${encodeURIComponent('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256')}`;
  const signature = createSign('RSA-SHA256').update(query).sign(o.key, 'base64');
  return `${o.destination}?${query}&Signature=${encodeURIComponent(signature)}`;
}

export interface LogoutRequestOptions {
  /** The SP's single logout URL. */
  destination: string;
  idpEntityId: string;
  nameId: string;
  nameIdFormat: string;
  sessionIndex?: string;
  key: string;
}

/** An IdP-initiated LogoutRequest in the redirect binding (deflated, signed over the query), as NemLog-in sends it. */
export function buildLogoutRequestUrl(o: LogoutRequestOptions): { url: string; id: string } {
  const id = `_${randomUUID()}`;
  const xml =
    `<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" IssueInstant="${new Date().toISOString()}" Destination="${esc(o.destination)}">` +
    `<saml:Issuer>${esc(o.idpEntityId)}</saml:Issuer><saml:NameID Format="${esc(o.nameIdFormat)}">${esc(o.nameId)}</saml:NameID>` +
    (o.sessionIndex ? `<samlp:SessionIndex>${esc(o.sessionIndex)}</samlp:SessionIndex>` : '') +
    `</samlp:LogoutRequest>`;
  let query = `SAMLRequest=${encodeURIComponent(deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'))}`;
  query += `&SigAlg=${encodeURIComponent('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256')}`;
  const signature = createSign('RSA-SHA256').update(query).sign(o.key, 'base64');
  return { url: `${o.destination}?${query}&Signature=${encodeURIComponent(signature)}`, id };
}
