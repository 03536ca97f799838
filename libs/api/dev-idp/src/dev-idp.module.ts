import { Module } from '@nestjs/common';
import { DevIdpController } from './dev-idp.controller';
import { DevOidcController } from './oidc/dev-oidc.controller';
import { DevOidcProvider } from './oidc/dev-oidc-provider.service';

/**
 * The bundled test identity providers (dev/demo only): a NemLog-in/MitID simulator (SAML) for
 * citizens and an OpenID Provider for staff. The app imports this module only when AUTH_MODE=dev;
 * its routes still answer 404 in another mode should it be imported anyway.
 */
@Module({ controllers: [DevIdpController, DevOidcController], providers: [DevOidcProvider] })
export class DevIdpModule {}
