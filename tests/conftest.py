import os
import sys

# tests/ holds shared helpers (rulecase.py); make them importable by name.
sys.path.insert(0, os.path.dirname(__file__))

# The tests' runs (and the commands they start) keep notelint's cache folder apart from the developer's
# own: their temporary folders and rule packages would each leave an index of installed rules there.
if "NOTELINT_CACHE_DIR" not in os.environ:
    import atexit
    import shutil
    import tempfile

    os.environ["NOTELINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="notelint-tests-cache-")
    atexit.register(shutil.rmtree, os.environ["NOTELINT_CACHE_DIR"], ignore_errors=True)

# Hypothesis profiles for the property tests (tests/test_properties.py):
# "ci" (bounded, used when CI=true), "long" (HYPOTHESIS_PROFILE=long, for local runs), "dev" otherwise.
try:
    from hypothesis import HealthCheck, settings
except ImportError:  # hypothesis is a test dependency; without it the property tests are skipped
    pass
else:
    _SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]
    settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=_SLOW_OK,
                              print_blob=True, derandomize=True)
    settings.register_profile("dev", max_examples=100, deadline=None, suppress_health_check=_SLOW_OK)
    settings.register_profile("long", max_examples=10_000, deadline=None, suppress_health_check=_SLOW_OK)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "dev"))
