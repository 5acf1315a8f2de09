import Fuzzing

FuzzDriver.run(JSONFuzzTarget.check)
