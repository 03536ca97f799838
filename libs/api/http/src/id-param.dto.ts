import { ApiProperty } from '@nestjs/swagger';
import { IsUuid } from './bounds';

/** `:id` path parameters: a UUID, or 400 before any handler runs. */
export class IdParamDto {
  @ApiProperty({ format: 'uuid' }) @IsUuid('id must be a UUID') id!: string;
}
