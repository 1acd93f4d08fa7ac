#include "qrcode.h"
