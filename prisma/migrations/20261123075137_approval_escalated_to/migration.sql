-- AlterTable
ALTER TABLE "approvals" ADD COLUMN     "escalated_to_id" INTEGER;
