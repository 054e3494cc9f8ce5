// WebGL node programs that draw one shape each (disc, square, diamond, triangle, hexagon, ring), so labels can be
// told apart by shape as well as colour. Each node is a quad; the fragment shader keeps the pixels inside the shape.
import { NodeProgram, type NodeProgramType } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import type { NodeShape } from './node-style';

/** Signed distance (negative inside) from the point p to the shape of radius r, in GLSL. */
const SHAPE_DISTANCE: Record<NodeShape, string> = {
  circle: 'length(p) - r',
  square: 'max(abs(p.x), abs(p.y)) - r * 0.82',
  diamond: '(abs(p.x) + abs(p.y)) * 0.7071 - r * 0.72',
  triangle:
    'max(-(p.y + r * 0.3), max(dot(p + vec2(0.0, r * 0.3), vec2(0.866, 0.5)), dot(p + vec2(0.0, r * 0.3), vec2(-0.866, 0.5)))) - r * 0.6',
  hexagon: 'max(dot(abs(p), vec2(0.866, 0.5)), abs(p.y)) - r * 0.88',
  ring: 'max(length(p) - r, r * 0.45 - length(p))',
};

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute vec2 a_corner;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  vec2 diffVector = radius * a_corner;
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = radius;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

function fragmentShader(shape: NodeShape): string {
  return /* glsl */ `
precision highp float;
varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
uniform float u_correctionRatio;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  vec2 p = v_diffVector;
  float r = v_radius;
  float border = u_correctionRatio * 2.0;
  float dist = ${SHAPE_DISTANCE[shape]};
  #ifdef PICKING_MODE
  gl_FragColor = dist > 0.0 ? transparent : v_color;
  #else
  gl_FragColor = mix(v_color, transparent, clamp(dist / border + 0.5, 0.0, 1.0));
  #endif
}
`;
}

const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'] as const;

export function createNodeShapeProgram(shape: NodeShape): NodeProgramType {
  return class NodeShapeProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
    getDefinition() {
      const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;
      return {
        VERTICES: 6,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: fragmentShader(shape),
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: FLOAT },
          { name: 'a_size', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        ],
        CONSTANT_ATTRIBUTES: [{ name: 'a_corner', size: 2, type: FLOAT }],
        CONSTANT_DATA: [
          [-1, -1],
          [1, -1],
          [1, 1],
          [-1, -1],
          [1, 1],
          [-1, 1],
        ],
      };
    }

    processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
      this.array.set([data.x, data.y, data.size, floatColor(data.color), nodeIndex], startIndex);
    }

    setUniforms(
      params: RenderParams,
      { gl, uniformLocations }: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> },
    ): void {
      const { u_sizeRatio, u_correctionRatio, u_matrix } = uniformLocations;
      gl.uniform1f(u_correctionRatio!, params.correctionRatio);
      gl.uniform1f(u_sizeRatio!, params.sizeRatio);
      gl.uniformMatrix3fv(u_matrix!, false, params.matrix);
    }
  };
}
