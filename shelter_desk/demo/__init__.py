"""A synthetic demo installation (generator.py), with invented names, origins and courts
(names.py). Everything it makes is marked synthetic. It writes through the models in bulk,
so it sits beside the services, for the command line, the tests, the benchmarks and the
screenshots; the application itself never imports it."""

from shelter_desk.demo.generator import ACCOUNTS as ACCOUNTS
from shelter_desk.demo.generator import DEMO_SHELTER as DEMO_SHELTER
from shelter_desk.demo.generator import MAX_CLIENTS as MAX_CLIENTS
from shelter_desk.demo.generator import create_demo as create_demo
from shelter_desk.demo.generator import demo_password as demo_password
from shelter_desk.demo.generator import populate as populate
