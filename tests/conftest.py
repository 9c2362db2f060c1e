import os
import sys

# tests/ holds shared helpers (rulecase.py); make them importable by name.
sys.path.insert(0, os.path.dirname(__file__))
