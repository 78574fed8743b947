-- AlterTable
ALTER TABLE "communications" ADD COLUMN     "chat_seq" BIGINT;
