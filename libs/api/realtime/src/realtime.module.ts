import { type DynamicModule, Global, Module } from '@nestjs/common';
import { REALTIME_DATABASE_URL, RealtimeService } from './realtime.service';

@Global()
@Module({})
export class RealtimeModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: RealtimeModule,
      providers: [{ provide: REALTIME_DATABASE_URL, useValue: databaseUrl }, RealtimeService],
      exports: [RealtimeService],
    };
  }
}
