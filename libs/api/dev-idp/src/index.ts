export { DevIdpModule } from './dev-idp.module';
export { buildSignedResponse, parseAuthnRequest } from './saml-response';
export { TEST_PERSONS, type TestPerson } from './test-persons';
