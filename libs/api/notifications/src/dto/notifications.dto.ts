import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageMetaDto, PageQueryDto, trim } from '@jobunivers/api/http';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CATEGORIES, type Category } from '../kinds';

export class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'meeting_rescheduled' }) kind!: string;
  @ApiProperty({ enum: CATEGORIES }) category!: Category;
  @ApiProperty({ example: 'Din samtale er flyttet til 24. nov. kl. 10.00.' }) text!: string;
  @ApiProperty({ example: '/samtaler/1b2c…', description: "Path in the recipient's app" }) link!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt!: string | null;
}

export class NotificationPageDto extends PageMetaDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty({ example: 3, description: 'Unread notifications in all' }) unread!: number;
}

export class UnreadCountDto {
  @ApiProperty({ example: 3 }) unread!: number;
}

export class ChannelChoiceDto {
  @ApiProperty() @IsBoolean({ message: 'push must be true or false' }) push!: boolean;
  @ApiProperty() @IsBoolean({ message: 'email must be true or false' }) email!: boolean;
}

export class ChannelsDto {
  @ApiProperty({ type: ChannelChoiceDto })
  @ValidateNested()
  @Type(() => ChannelChoiceDto)
  @IsObject()
  meetings!: ChannelChoiceDto;
  @ApiProperty({ type: ChannelChoiceDto })
  @ValidateNested()
  @Type(() => ChannelChoiceDto)
  @IsObject()
  jobs!: ChannelChoiceDto;
  @ApiProperty({ type: ChannelChoiceDto })
  @ValidateNested()
  @Type(() => ChannelChoiceDto)
  @IsObject()
  messages!: ChannelChoiceDto;
  @ApiProperty({ type: ChannelChoiceDto })
  @ValidateNested()
  @Type(() => ChannelChoiceDto)
  @IsObject()
  plan!: ChannelChoiceDto;
  @ApiProperty({ type: ChannelChoiceDto })
  @ValidateNested()
  @Type(() => ChannelChoiceDto)
  @IsObject()
  screening!: ChannelChoiceDto;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class QuietHoursDto {
  @ApiProperty() @IsBoolean({ message: 'enabled must be true or false' }) enabled!: boolean;
  @ApiProperty({ example: '22:00' }) @Matches(HHMM, { message: 'from must be a time HH:MM' }) from!: string;
  @ApiProperty({ example: '07:00' }) @Matches(HHMM, { message: 'to must be a time HH:MM' }) to!: string;
}

export class NotificationSettingsInputDto {
  @ApiProperty({ type: ChannelsDto, description: 'Per category: push and e-mail on or off (in-app is always on)' })
  @ValidateNested()
  @Type(() => ChannelsDto)
  @IsObject()
  channels!: ChannelsDto;

  @ApiProperty({
    type: QuietHoursDto,
    description: 'No push or e-mail in these hours (Copenhagen time), except meeting changes within 24 hours',
  })
  @ValidateNested()
  @Type(() => QuietHoursDto)
  @IsObject()
  quietHours!: QuietHoursDto;

  @ApiProperty({ enum: ['da', 'en'], description: 'The language push and e-mail are written in' })
  @IsIn(['da', 'en'], { message: 'language must be da or en' })
  language!: 'da' | 'en';
}

export class NotificationSettingsDto extends NotificationSettingsInputDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Where e-mail goes (from the profile); null: no e-mail address',
  })
  email!: string | null;
  @ApiProperty({ example: 1, description: 'Devices with push enabled' }) pushDevices!: number;
}

export class PushKeysDto {
  @ApiProperty({ description: "The browser's P-256 public key, base64url (65 bytes)" })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{86,88}={0,2}$/, { message: 'keys.p256dh must be a P-256 public key, base64url' })
  p256dh!: string;
  @ApiProperty({ description: 'The 16-byte authentication secret, base64url' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{22}={0,2}$/, { message: 'keys.auth must be 16 bytes, base64url' })
  auth!: string;
}

export class PushSubscriptionInputDto {
  @ApiProperty({
    example: 'https://fcm.googleapis.com/fcm/send/…',
    description: "The push service's endpoint (PushSubscription.endpoint)",
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  endpoint!: string;

  @ApiProperty({ type: PushKeysDto })
  @ValidateNested()
  @Type(() => PushKeysDto)
  @IsObject()
  keys!: PushKeysDto;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'PushSubscription.expirationTime (ignored)' })
  @IsOptional()
  expirationTime?: number | null;
}

export class PushUnsubscribeDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1000) endpoint!: string;
}

export class PushSubscriptionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class VapidKeyDto {
  @ApiProperty({ description: "The application server's VAPID public key (applicationServerKey), base64url" })
  publicKey!: string;
}

export class AnnouncementInputDto {
  @ApiProperty({ maxLength: 120, example: 'Jobcentret holder lukket 24. december' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'title is required' })
  @MaxLength(120)
  title!: string;

  @ApiProperty({ maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'body is required' })
  @MaxLength(1000)
  body!: string;
}

export class AnnouncementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty() createdByName!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Citizens notified so far' }) recipients!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When every active citizen had it' })
  completedAt!: string | null;
}
