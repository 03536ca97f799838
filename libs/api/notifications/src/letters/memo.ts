/**
 * The Digital Post envelope: a MeMo message (Message Model, Digitaliseringsstyrelsen) with the PDF
 * as its main document. Element names and order follow the public MeMo 1.x description as we know
 * it (MessageHeader: messageType, messageUUID, label, Sender, Recipient; MessageBody: createdDateTime,
 * MainDocument/File); it has NOT been validated against the official XSD, which we could not obtain
 * here — a provider's validation is the check (see README, "Digital Post call-ins").
 */
export interface MemoMessage {
  messageUuid: string;
  label: string;
  senderCvr: string;
  senderLabel: string;
  recipientCpr: string;
  recipientName: string;
  createdAt: Date;
  pdf: Buffer;
  fileName: string;
}

export const MEMO_NAMESPACE = 'https://DigitalPost.dk/MeMo-1';

const xml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function buildMemo(m: MemoMessage): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<memo:Message xmlns:memo="${MEMO_NAMESPACE}" xmlns:gln="https://www.gs1.dk/gs1-standarder/identifikation/gln-global-location-number/" memoVersion="1.1" memoSchVersion="1.1.0">`,
    '  <memo:MessageHeader>',
    '    <memo:messageType>DIGITALPOST</memo:messageType>',
    `    <memo:messageUUID>${m.messageUuid}</memo:messageUUID>`,
    `    <memo:label>${xml(m.label)}</memo:label>`,
    '    <memo:mandatory>true</memo:mandatory>',
    '    <memo:legalNotification>false</memo:legalNotification>',
    '    <memo:Sender>',
    `      <memo:senderID>${m.senderCvr}</memo:senderID>`,
    '      <memo:idType>CVR</memo:idType>',
    `      <memo:label>${xml(m.senderLabel)}</memo:label>`,
    '    </memo:Sender>',
    '    <memo:Recipient>',
    `      <memo:recipientID>${m.recipientCpr}</memo:recipientID>`,
    '      <memo:idType>CPR</memo:idType>',
    `      <memo:label>${xml(m.recipientName)}</memo:label>`,
    '    </memo:Recipient>',
    '  </memo:MessageHeader>',
    '  <memo:MessageBody>',
    `    <memo:createdDateTime>${m.createdAt.toISOString()}</memo:createdDateTime>`,
    '    <memo:MainDocument>',
    `      <memo:mainDocumentID>${m.messageUuid}</memo:mainDocumentID>`,
    `      <memo:label>${xml(m.label)}</memo:label>`,
    '      <memo:File>',
    '        <memo:encodingFormat>application/pdf</memo:encodingFormat>',
    `        <memo:filename>${xml(m.fileName)}</memo:filename>`,
    '        <memo:language>da</memo:language>',
    `        <memo:content>${m.pdf.toString('base64')}</memo:content>`,
    '      </memo:File>',
    '    </memo:MainDocument>',
    '  </memo:MessageBody>',
    '</memo:Message>',
    '',
  ].join('\n');
}
