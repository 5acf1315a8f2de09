import Fuzzing

FuzzDriver.run(CSVFuzzTarget.check)
