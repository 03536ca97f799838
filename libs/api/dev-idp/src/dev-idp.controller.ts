import { Body, Controller, Get, Header, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig } from '@jobunivers/api/config';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import { type HttpReply, Public } from '@jobunivers/api/http';
import {
  CitizenSamlService,
  DEV_IDP_ENTITY_PATH,
  IdentityService,
  SAML_ACS_PATH,
  SAML_SLO_PATH,
  sharedDevKeyPair,
} from '@jobunivers/api/identity';
import { SloQueryDto, SsoFormDto, SsoQueryDto } from './dev-idp.dto';
import { buildLogoutResponseUrl, buildSignedResponse, parseAuthnRequest, parseLogoutRequest } from './saml-response';
import { TEST_PERSONS } from './test-persons';
import { esc, page } from './page';

const DEV_IDP = 'bundled test identity provider; answers 404 unless AUTH_MODE=dev';
/**
 * The bundled test identity provider for dev and demo mode: it plays NemLog-in, issuing real
 * signed SAML assertions in the OIOSAML 3 profile for the test persons (like the MitID simulator).
 */
@ApiExcludeController()
@Controller('dev-idp/saml')
export class DevIdpController {
  constructor(
    private readonly identity: IdentityService,
    private readonly saml: CitizenSamlService,
    private readonly config: AppConfig,
  ) {}

  @Get('sso')
  @Public(DEV_IDP)
  @Header('Content-Type', 'text/html; charset=utf-8')
  choose(@Query() query: SsoQueryDto): string {
    this.identity.assertDevMode();
    const request = this.request(query.SAMLRequest);
    const persons = TEST_PERSONS.map(
      (p, i) =>
        `<label><input type="radio" name="person" value="${esc(p.id)}"${i === 0 ? ' checked' : ''}> ${esc(p.firstName)} ${esc(p.lastName)} <span class="note">(${p.cpr ? `${esc(p.cpr.slice(0, 6))}-${esc(p.cpr.slice(6))}, ` : ''}${esc(p.note)})</span></label>`,
    );
    return page(
      'Vælg testperson – MitID-simulator',
      `<h1>Log ind som testperson</h1>
<p>Du er ved at logge ind på <strong>${esc(request.issuer)}</strong>.</p>
<form method="post" action="${DEV_IDP_ENTITY_PATH}/sso">
<input type="hidden" name="SAMLRequest" value="${esc(query.SAMLRequest)}">
<input type="hidden" name="RelayState" value="${esc(query.RelayState ?? '')}">
<fieldset><legend>Testperson</legend>${persons.join('\n')}</fieldset>
<p><label for="loa">Sikringsniveau (NSIS)</label>
<select id="loa" name="loa"><option value="Substantial" selected>Betydelig (Substantial) – MitID</option><option value="High">Høj (High)</option><option value="Low">Lav (Low) – afvises af Jobunivers</option></select></p>
<button type="submit">Log ind</button>
</form>`,
    );
  }

  @Post('sso')
  @Public(DEV_IDP)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async answer(@Body() form: SsoFormDto, @Res({ passthrough: true }) res: HttpReply): Promise<string> {
    this.identity.assertDevMode();
    // The posted response lands on the ACS, which redirects into the citizen app: CSP's form-action
    // covers redirects after a form submission, so the app's origin must be allowed here.
    res.header(
      'Content-Security-Policy',
      `default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self' ${this.config.citizenAppUrl}; frame-ancestors 'none'`,
    );
    const request = this.request(form.SAMLRequest);
    const person = TEST_PERSONS.find((p) => p.id === form.person);
    if (!person)
      throw new PlatformException(PlatformErrorCode.ValidationFailed, 'Unknown test person.', {
        errors: [{ field: 'person', message: 'person must be one of the test persons' }],
      });
    const idp = await sharedDevKeyPair(this.config.dataDir, 'dev-idp', 'Jobunivers dev IdP');
    const response = buildSignedResponse({
      person,
      loa: form.loa,
      inResponseTo: request.id,
      acsUrl: request.acsUrl,
      audience: this.saml.spEntityId,
      idpEntityId: this.config.publicUrl + DEV_IDP_ENTITY_PATH,
      key: idp.key,
      cert: idp.cert,
    });
    return page(
      'Fortsæt til Jobunivers – MitID-simulator',
      `<h1>Du er logget ind som ${esc(person.firstName)} ${esc(person.lastName)}</h1>
<form method="post" action="${esc(request.acsUrl)}">
<input type="hidden" name="SAMLResponse" value="${esc(response)}">
<input type="hidden" name="RelayState" value="${esc(form.RelayState ?? '')}">
<button type="submit">Fortsæt til Jobunivers</button>
</form>`,
    );
  }

  /** Single logout: ends the (simulated) NemLog-in session and answers with a signed LogoutResponse. */
  @Get('slo')
  @Public(DEV_IDP)
  async logout(@Query() query: SloQueryDto, @Res() res: HttpReply): Promise<void> {
    this.identity.assertDevMode();
    if (query.SAMLResponse && !query.SAMLRequest) {
      res
        .type('text/html; charset=utf-8')
        .send(
          page(
            'Logget ud – MitID-simulator',
            `<h1>Du er logget ud</h1><p>Jobunivers har bekræftet, at du er logget ud.</p><p><a href="${esc(this.config.citizenAppUrl)}/">Til Jobunivers</a></p>`,
          ),
        );
      return;
    }
    const request = parseLogoutRequest(query.SAMLRequest ?? '');
    if (!request)
      throw new PlatformException(PlatformErrorCode.ValidationFailed, 'Not a SAML LogoutRequest.', {
        errors: [{ field: 'SAMLRequest', message: 'SAMLRequest must be a LogoutRequest' }],
      });
    const idp = await sharedDevKeyPair(this.config.dataDir, 'dev-idp', 'Jobunivers dev IdP');
    res.redirect(
      buildLogoutResponseUrl({
        inResponseTo: request.id,
        destination: this.config.publicUrl + SAML_SLO_PATH,
        idpEntityId: this.config.publicUrl + DEV_IDP_ENTITY_PATH,
        relayState: query.RelayState,
        key: idp.key,
      }),
      302,
    );
  }

  /** Only AuthnRequests for this API's own ACS are answered: the simulator signs for nobody else. */
  private request(samlRequest: string) {
    const request = parseAuthnRequest(samlRequest);
    if (!request || request.acsUrl !== this.config.publicUrl + SAML_ACS_PATH) {
      throw new PlatformException(PlatformErrorCode.ValidationFailed, 'Not a SAML AuthnRequest from this Jobunivers.', {
        errors: [{ field: 'SAMLRequest', message: 'SAMLRequest must be an AuthnRequest for this service' }],
      });
    }
    return request;
  }
}
