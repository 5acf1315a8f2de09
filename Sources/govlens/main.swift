print("govlens")
