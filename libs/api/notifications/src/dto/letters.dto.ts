import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@jobunivers/api/http';
import { IsIn, IsOptional } from 'class-validator';

export const PRINT_STATUSES = ['to_print', 'printed'] as const;
export type PrintStatus = (typeof PRINT_STATUSES)[number];

export class LetterToPrintQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: PRINT_STATUSES,
    default: 'to_print',
    description: 'Letters waiting to be printed (default), or those already printed',
  })
  @IsOptional()
  @IsIn(PRINT_STATUSES, { message: 'status must be to_print or printed' })
  status: PrintStatus = 'to_print';
}

/** A formal call-in letter for a citizen exempt from Digital Post: print it and post it. */
export class LetterToPrintDto {
  @ApiProperty({ format: 'uuid', description: 'The letter (its MeMo message UUID)' }) id!: string;
  @ApiProperty({ format: 'uuid' }) citizenId!: string;
  @ApiProperty() citizenName!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) meetingId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the meeting starts' }) startsAt!: string | null;
  @ApiProperty({ enum: PRINT_STATUSES }) status!: PrintStatus;
  @ApiProperty({ description: 'When the letter was written' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) printedAt!: string | null;
}
