export { QueueModule } from './queue.module';
export { QueueService, type JobHandler } from './queue.service';
