-- AlterTable
ALTER TABLE "customers" ADD COLUMN     "address" TEXT;

-- AlterTable
ALTER TABLE "quote_lines" ADD COLUMN     "hs_code" TEXT,
ADD COLUMN     "spec" TEXT;

-- AlterTable
ALTER TABLE "quotes" ADD COLUMN     "lead_time" TEXT,
ADD COLUMN     "packing" TEXT,
ADD COLUMN     "port_of_destination" TEXT,
ADD COLUMN     "port_of_loading" TEXT;
