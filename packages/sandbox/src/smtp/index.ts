export { mailboxApp } from './mailbox-routes';
export {
  type SinkMessage,
  type SinkPart,
  type SmtpSink,
  type SmtpSinkFaults,
  type SmtpSinkOptions,
  startSmtpSink,
} from './smtp-sink';
