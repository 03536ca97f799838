import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig } from '@jobunivers/api/config';
import { PlatformErrorCode, PlatformException } from '@jobunivers/api/errors';
import { constantTimeEqual, type HttpReply, type HttpRequest, Public } from '@jobunivers/api/http';
import { DEMO_STAFF, DEV_OIDC_PATH, IdentityService } from '@jobunivers/api/identity';
import { IsEmail } from 'class-validator';
import { esc, page } from '../page';
import { DevOidcProvider } from './dev-oidc-provider.service';

const DEV_IDP = 'bundled test identity provider; answers 404 unless AUTH_MODE=dev';
const ROLE_LABELS: Record<string, string> = {
  caseworker: 'jobkonsulent',
  team_lead: 'leder',
  municipality_admin: 'administrator',
};
const MUNICIPALITIES: Record<string, string> = { '0751': 'Aarhus Kommune', '0230': 'Rudersdal Kommune' };

export class DevOidcLoginDto {
  @IsEmail({}, { message: 'account must be the e-mail of a demo staff member' }) account!: string;
}

/** The test provider's sign-in page: pick a demo staff member (what the municipality's login page would ask). */
@ApiExcludeController()
@Controller('dev-idp/oidc/interaction')
export class DevOidcController {
  constructor(
    private readonly provider: DevOidcProvider,
    private readonly identity: IdentityService,
    private readonly config: AppConfig,
  ) {}

  @Get(':uid')
  @Public(DEV_IDP)
  async show(@Param('uid') uid: string, @Req() req: HttpRequest, @Res() res: HttpReply): Promise<void> {
    this.identity.assertDevMode();
    const details = await this.details(req, res);
    if (!constantTimeEqual(uid, details.uid)) throw this.expired();
    const groups = Object.entries(MUNICIPALITIES).map(([code, name]) => {
      const staff = DEMO_STAFF.filter((s) => s.municipalityCode === code).map(
        (s, i) =>
          `<label><input type="radio" name="account" value="${esc(s.email)}"${code === '0751' && i === 0 ? ' checked' : ''}> ${esc(s.name)} <span class="note">(${esc(s.roles.map((r) => ROLE_LABELS[r]).join(', '))})</span></label>`,
      );
      return `<fieldset><legend>${esc(name)}</legend>${staff.join('\n')}</fieldset>`;
    });
    // After the form, the browser is redirected on to the staff console (CSP form-action covers redirects).
    res.header(
      'Content-Security-Policy',
      `default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self' ${this.config.staffAppUrl}; frame-ancestors 'none'`,
    );
    res.type('text/html; charset=utf-8').send(
      page(
        'Log ind som medarbejder – kommunens testlogin',
        `<h1>Log ind som medarbejder</h1>
<p>Vælg en demo-medarbejder. Kommunens rigtige login (fx Azure AD/Entra ID) står her i stedet i drift.</p>
<form method="post" action="${DEV_OIDC_PATH}/interaction/${esc(uid)}/login">
${groups.join('\n')}
<button type="submit">Log ind</button>
</form>`,
        'Kommunens login (test)',
        'OpenID Connect-testudbyder til Jobunivers (kun udvikling og demo)',
      ),
    );
  }

  @Post(':uid/login')
  @Public(DEV_IDP)
  async login(
    @Param('uid') uid: string,
    @Body() form: DevOidcLoginDto,
    @Req() req: HttpRequest,
    @Res() res: HttpReply,
  ): Promise<void> {
    this.identity.assertDevMode();
    const details = await this.details(req, res);
    if (!constantTimeEqual(uid, details.uid)) throw this.expired();
    if (!DEMO_STAFF.some((s) => s.email === form.account)) {
      throw new PlatformException(PlatformErrorCode.ValidationFailed, 'Unknown demo staff member.', {
        errors: [{ field: 'account', message: 'account must be the e-mail of a demo staff member' }],
      });
    }
    const provider = await this.provider.get();
    await provider.interactionFinished(
      req.raw,
      res.raw,
      { login: { accountId: form.account } },
      { mergeWithLastSubmission: false },
    );
  }

  private async details(req: HttpRequest, res: HttpReply) {
    const provider = await this.provider.get();
    try {
      return await provider.interactionDetails(req.raw, res.raw);
    } catch {
      throw this.expired();
    }
  }

  private expired() {
    return new PlatformException(
      PlatformErrorCode.ValidationFailed,
      'This sign-in has expired or is unknown; start again from the staff console.',
      { errors: [{ field: 'uid', message: 'no sign-in in progress with this id' }] },
    );
  }
}
