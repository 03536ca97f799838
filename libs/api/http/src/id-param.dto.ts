import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `:id` path parameters: a UUID, or 400 before any handler runs. */
export class IdParamDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('4', { message: 'id must be a UUID' }) id!: string;
}
