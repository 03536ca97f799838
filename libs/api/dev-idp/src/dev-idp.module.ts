import { Module } from '@nestjs/common';
import { DevIdpController } from './dev-idp.controller';
import { DevOidcController } from './oidc/dev-oidc.controller';
import { DevOidcProvider } from './oidc/dev-oidc-provider.service';

/**
 * The bundled test identity providers (dev/demo only; every route answers 404 otherwise): a
 * NemLog-in/MitID simulator (SAML) for citizens and an OpenID Provider for staff.
 */
@Module({ controllers: [DevIdpController, DevOidcController], providers: [DevOidcProvider] })
export class DevIdpModule {}
