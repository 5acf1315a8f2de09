import Fuzzing

FuzzDriver.run(TextFuzzTarget.check)
