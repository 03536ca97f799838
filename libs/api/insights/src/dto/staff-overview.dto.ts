import { ApiProperty } from '@nestjs/swagger';

export class OverviewMeetingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['visitation', 'job_meeting'] }) kind!: 'visitation' | 'job_meeting';
  @ApiProperty({ enum: ['in_person', 'video', 'phone'] }) form!: 'in_person' | 'video' | 'phone';
  @ApiProperty({ format: 'date-time' }) start!: string;
  @ApiProperty({ format: 'date-time' }) end!: string;
  @ApiProperty({ example: 'booked', description: 'The meeting status (invited, booked, held, no_show, cancelled, …)' })
  status!: string;
  @ApiProperty({ format: 'uuid' }) citizenId!: string;
  @ApiProperty() citizenName!: string;
}

export class OverviewScreeningDto {
  @ApiProperty({ description: 'Open screening-queue items of the caseload due today or earlier' }) due!: number;
  @ApiProperty({ description: 'Of those, the ones past their date' }) overdue!: number;
}

export class StaffOverviewDto {
  @ApiProperty({ example: '2026-12-07', description: 'Today in Europe/Copenhagen' }) date!: string;
  @ApiProperty({ example: '2026-12-13', description: 'The last day (Sunday) of this week' }) weekEnd!: string;
  @ApiProperty({
    type: [OverviewMeetingDto],
    description: 'Today’s meetings of the caller, earliest first (each citizen shown is an audited read)',
  })
  meetingsToday!: OverviewMeetingDto[];
  @ApiProperty({ type: OverviewScreeningDto }) screening!: OverviewScreeningDto;
  @ApiProperty({ description: 'Open conversations assigned to the caller with a citizen message not yet read' })
  unreadConversations!: number;
  @ApiProperty({ description: 'Open conversations nobody has taken yet (the inbox’s unassigned list)' })
  unassignedConversations!: number;
  @ApiProperty({ description: 'Applications from the caller’s caseload waiting for approval' })
  approvalsWaiting!: number;
  @ApiProperty({ description: 'Visitation deadlines of the caseload from today to the end of the week (not yet held)' })
  visitationDeadlinesThisWeek!: number;
}
