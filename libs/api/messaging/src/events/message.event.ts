/** A new message or internal note, announced inside its transaction. */
export interface MessageEvent {
  conversationId: string;
  messageId: string;
  citizenId: string;
  municipalityCode: string;
  /** The caseworker the conversation is assigned to, if any. */
  assignedTo: string | null;
  authorKind: 'citizen' | 'staff';
  authorId: string;
  internal: boolean;
  subject: string;
}

declare module '@jobunivers/api/citizens' {
  interface ModuleEvents {
    /** A new message in a conversation, in its transaction. Handled with `@OnModuleEvent('message.sent')`. */
    'message.sent': MessageEvent;
  }
}
