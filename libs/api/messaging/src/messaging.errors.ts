import { DomainException, type ProblemSpec } from '@jobunivers/api/errors';

export enum MessagingErrorCode {
  ConversationNotFound = 'conversation_not_found',
  ConversationClosed = 'conversation_closed',
  TooManyMessages = 'too_many_messages',
  QuestionNotFound = 'question_not_found',
  QuestionAnswered = 'question_answered',
  ArticleNotFound = 'article_not_found',
  NotACaseworker = 'not_a_caseworker',
}

export class MessagingException extends DomainException<MessagingErrorCode> {
  protected describe(code: MessagingErrorCode): ProblemSpec {
    switch (code) {
      case MessagingErrorCode.ConversationNotFound:
        return { status: 404, title: 'There is no such conversation' };
      case MessagingErrorCode.ConversationClosed:
        return { status: 409, title: 'The conversation is closed; start a new one or ask the jobcentre to reopen it' };
      case MessagingErrorCode.TooManyMessages:
        return { status: 429, title: 'Too many messages in a short time; wait a little and try again' };
      case MessagingErrorCode.QuestionNotFound:
        return { status: 404, title: 'There is no such question' };
      case MessagingErrorCode.QuestionAnswered:
        return { status: 409, title: 'You have already said whether this answered your question' };
      case MessagingErrorCode.ArticleNotFound:
        return { status: 404, title: 'There is no such article' };
      case MessagingErrorCode.NotACaseworker:
        return { status: 400, title: 'staffId is not a caseworker of this jobcentre' };
    }
  }
}
