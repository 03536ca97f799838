export { DevIdpModule } from './dev-idp.module';
export { buildLogoutRequestUrl, buildSignedResponse, parseAuthnRequest } from './saml-response';
export { TEST_PERSONS, type TestPerson } from './test-persons';
