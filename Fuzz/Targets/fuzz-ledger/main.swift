import Fuzzing

FuzzDriver.run(LedgerFuzzTarget.check)
