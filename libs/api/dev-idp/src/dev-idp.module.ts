import { Module } from '@nestjs/common';
import { DevIdpController } from './dev-idp.controller';

/** The bundled test identity provider (dev/demo only; every route answers 404 otherwise). */
@Module({ controllers: [DevIdpController] })
export class DevIdpModule {}
